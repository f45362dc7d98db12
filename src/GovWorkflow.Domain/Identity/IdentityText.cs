using System.Globalization;

namespace GovWorkflow.Domain.Identity;

/// <summary>Input clean-up and character descriptions shared by the identity parsers.</summary>
internal static class IdentityText
{
    /// <summary>Upper-cases ASCII letters only, so that no culture or Unicode case rule can turn a foreign character into a valid one.</summary>
    public static char ToUpperAscii(char c) => c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;

    /// <summary>Describes a character for a Chinese message, e.g. <c>“O”（字母 O 不使用，是否应为数字 0？）</c>.</summary>
    /// <remarks>
    /// People copy codes from scanned documents and type them with Chinese input methods, so the usual
    /// mistakes are full-width characters, spaces and letters that look like digits; the message names them.
    /// </remarks>
    public static string DescribeChinese(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return $"“{c}”（全角字符，请改用半角）";
        }

        if (char.IsWhiteSpace(c))
        {
            return "空格";
        }

        if (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
        {
            return "不可见字符 " + CodePoint(c);
        }

        return ToUpperAscii(c) switch
        {
            'I' => $"“{c}”（字母 I 不使用，是否应为数字 1？）",
            'O' => $"“{c}”（字母 O 不使用，是否应为数字 0？）",
            'Z' => $"“{c}”（字母 Z 不使用，是否应为数字 2？）",
            'S' => $"“{c}”（字母 S 不使用，是否应为数字 5？）",
            _ => $"“{c}”",
        };
    }

    /// <summary>Describes a character for an English message: printable ASCII as itself, anything else as a code point.</summary>
    public static string DescribeEnglish(char c) =>
        c is > ' ' and <= '~' ? $"'{c}'" : CodePoint(c);

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
