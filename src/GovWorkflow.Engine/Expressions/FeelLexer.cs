using System.Globalization;
using System.Text;

namespace GovWorkflow.Engine.Expressions;

/// <summary>Turns FEEL text into tokens on demand.</summary>
/// <remarks>
/// Names of built-in functions with spaces (<c>string length</c>, <c>date and time</c>) are joined into one
/// name token when the words are followed by <c>(</c>; anywhere else the words stay separate tokens, so a
/// variable called <c>date</c> followed by <c>and</c> still reads as a conjunction.
/// </remarks>
internal sealed class FeelLexer(string text)
{
    private int position;

    public string Text { get; } = text;

    public FeelToken Next()
    {
        SkipTrivia();
        if (position >= Text.Length)
        {
            return new FeelToken(FeelTokenKind.End, Text.Length, Text.Length, string.Empty, 0m);
        }

        var start = position;
        var c = Text[position];
        if (char.IsAsciiDigit(c) || (c == '.' && position + 1 < Text.Length && char.IsAsciiDigit(Text[position + 1])))
        {
            return ReadNumber(start);
        }

        if (c == '"')
        {
            return ReadString(start);
        }

        if (Rune.TryGetRuneAt(Text, position, out var rune) && FeelNames.IsNameStart(rune))
        {
            return ReadName(start);
        }

        return ReadSymbol(start, c);
    }

    private FeelToken ReadSymbol(int start, char c)
    {
        var next = position + 1 < Text.Length ? Text[position + 1] : '\0';
        var (kind, length) = (c, next) switch
        {
            ('.', '.') => (FeelTokenKind.DotDot, 2),
            ('*', '*') => (FeelTokenKind.StarStar, 2),
            ('!', '=') => (FeelTokenKind.NotEqual, 2),
            ('<', '=') => (FeelTokenKind.LessOrEqual, 2),
            ('>', '=') => (FeelTokenKind.GreaterOrEqual, 2),
            ('(', _) => (FeelTokenKind.LeftParen, 1),
            (')', _) => (FeelTokenKind.RightParen, 1),
            ('[', _) => (FeelTokenKind.LeftBracket, 1),
            (']', _) => (FeelTokenKind.RightBracket, 1),
            ('{', _) => (FeelTokenKind.LeftBrace, 1),
            ('}', _) => (FeelTokenKind.RightBrace, 1),
            (',', _) => (FeelTokenKind.Comma, 1),
            (':', _) => (FeelTokenKind.Colon, 1),
            ('.', _) => (FeelTokenKind.Dot, 1),
            ('+', _) => (FeelTokenKind.Plus, 1),
            ('-', _) => (FeelTokenKind.Minus, 1),
            ('*', _) => (FeelTokenKind.Star, 1),
            ('/', _) => (FeelTokenKind.Slash, 1),
            ('=', _) => (FeelTokenKind.Equal, 1),
            ('<', _) => (FeelTokenKind.Less, 1),
            ('>', _) => (FeelTokenKind.Greater, 1),
            _ => (FeelTokenKind.End, 0),
        };
        if (length == 0)
        {
            var shown = char.IsSurrogate(c) || char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
            throw FeelSyntaxException.Create(Text, FeelErrorCodes.InvalidCharacter, $"字符“{shown}”不能出现在表达式中", start);
        }

        position += length;
        return new FeelToken(kind, start, position, Text.Substring(start, length), 0m);
    }

    private void SkipTrivia()
    {
        while (position < Text.Length)
        {
            var c = Text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == '/' && position + 1 < Text.Length && Text[position + 1] == '/')
            {
                while (position < Text.Length && Text[position] != '\n')
                {
                    position++;
                }
            }
            else if (c == '/' && position + 1 < Text.Length && Text[position + 1] == '*')
            {
                var close = Text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    throw FeelSyntaxException.Create(Text, FeelErrorCodes.UnexpectedEnd, "注释缺少结尾的“*/”", position);
                }

                position = close + 2;
            }
            else
            {
                return;
            }
        }
    }

    private FeelToken ReadNumber(int start)
    {
        while (position < Text.Length && char.IsAsciiDigit(Text[position]))
        {
            position++;
        }

        if (position + 1 < Text.Length && Text[position] == '.' && char.IsAsciiDigit(Text[position + 1]))
        {
            position++;
            while (position < Text.Length && char.IsAsciiDigit(Text[position]))
            {
                position++;
            }
        }

        var digits = Text.AsSpan(start, position - start);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw FeelSyntaxException.Create(Text, FeelErrorCodes.InvalidNumber, "数字超出可表示的范围（最多 28 位有效数字）", start);
        }

        return new FeelToken(FeelTokenKind.Number, start, position, digits.ToString(), value);
    }

    private FeelToken ReadString(int start)
    {
        position++;
        var value = new StringBuilder();
        while (true)
        {
            if (position >= Text.Length)
            {
                throw FeelSyntaxException.Create(Text, FeelErrorCodes.UnterminatedString, "字符串缺少结尾的引号“\"”", start);
            }

            var c = Text[position++];
            if (c == '"')
            {
                return new FeelToken(FeelTokenKind.String, start, position, value.ToString(), 0m);
            }

            if (c == '\\')
            {
                ReadEscape(value);
            }
            else
            {
                value.Append(c);
            }
        }
    }

    private void ReadEscape(StringBuilder value)
    {
        var at = position - 1;
        if (position >= Text.Length)
        {
            throw FeelSyntaxException.Create(Text, FeelErrorCodes.UnterminatedString, "字符串缺少结尾的引号“\"”", at);
        }

        var c = Text[position++];
        switch (c)
        {
            case '"' or '\\' or '\'':
                value.Append(c);
                return;
            case 'n':
                value.Append('\n');
                return;
            case 'r':
                value.Append('\r');
                return;
            case 't':
                value.Append('\t');
                return;
            case 'u' when position + 4 <= Text.Length
                && int.TryParse(Text.AsSpan(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                value.Append((char)code);
                position += 4;
                return;
            default:
                throw FeelSyntaxException.Create(Text, FeelErrorCodes.InvalidEscape, "无效的转义序列：可用 \\\"、\\\\、\\n、\\r、\\t 或 \\u 加四位十六进制数", at);
        }
    }

    private FeelToken ReadName(int start)
    {
        var word = ReadWord();
        if (FeelBuiltins.IsMultiWordPrefix(word))
        {
            var joined = TryJoinWords(word);
            if (joined is not null)
            {
                return new FeelToken(FeelTokenKind.Name, start, position, joined, 0m);
            }
        }

        return new FeelToken(FeelTokenKind.Name, start, position, word, 0m);
    }

    // Joins "string" + "length" into "string length" when a built-in of that name is being called.
    private string? TryJoinWords(string first)
    {
        var resume = position;
        var name = first;
        while (true)
        {
            var gap = position;
            while (position < Text.Length && (Text[position] == ' ' || Text[position] == '\t'))
            {
                position++;
            }

            if (position == gap || position >= Text.Length || !Rune.TryGetRuneAt(Text, position, out var rune) || !FeelNames.IsNameStart(rune))
            {
                break;
            }

            name = name + " " + ReadWord();
            if (FeelBuiltins.IsFunction(name) && NextNonBlankIs('('))
            {
                return name;
            }

            if (!FeelBuiltins.IsMultiWordPrefix(name))
            {
                break;
            }
        }

        position = resume;
        return null;
    }

    private bool NextNonBlankIs(char expected)
    {
        var at = position;
        while (at < Text.Length && char.IsWhiteSpace(Text[at]))
        {
            at++;
        }

        return at < Text.Length && Text[at] == expected;
    }

    private string ReadWord()
    {
        var start = position;
        while (position < Text.Length && Rune.TryGetRuneAt(Text, position, out var rune) && FeelNames.IsNamePart(rune))
        {
            position += rune.Utf16SequenceLength;
        }

        return Text[start..position];
    }
}
