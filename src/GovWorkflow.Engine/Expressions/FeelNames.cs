using System.Globalization;
using System.Text;

namespace GovWorkflow.Engine.Expressions;

/// <summary>What a FEEL name may contain: Unicode letters (so 材料齐全 is a name), digits after the first character, <c>_</c> and <c>$</c>.</summary>
internal static class FeelNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "true", "false", "null", "and", "or", "if", "then", "else", "for", "in", "return", "some", "every", "satisfies", "between",
    };

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    public static bool IsNameStart(Rune rune) => Rune.IsLetter(rune) || rune.Value == '_' || rune.Value == '$';

    public static bool IsNamePart(Rune rune) =>
        IsNameStart(rune) || Rune.IsDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Whether <paramref name="text"/> can be written bare as a context key.</summary>
    public static bool IsPlainName(string text)
    {
        if (text.Length == 0 || IsKeyword(text))
        {
            return false;
        }

        var first = true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (first ? !IsNameStart(rune) : !IsNamePart(rune))
            {
                return false;
            }

            first = false;
        }

        return true;
    }
}
