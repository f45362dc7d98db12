namespace GovWorkflow.Domain.Catalog;

/// <summary>The spelling rules of catalog codes.</summary>
/// <remarks>
/// Codes are typed on command lines and written into workflow definitions, and looked up ordinally; one
/// fixed alphabet per kind of code keeps <c>food-business-permit</c> from silently missing <c>FOOD-BUSINESS-PERMIT</c>.
/// </remarks>
internal static class CodeFormat
{
    /// <summary>Item and department codes: <c>FOOD-BUSINESS-PERMIT</c>, <c>SFS-DCQ-SCJGJ</c>.</summary>
    public static bool IsUpperKebab(string? code) => IsKebab(code, upper: true);

    /// <summary>Material codes and licence types: <c>application-form</c>, <c>business-licence</c>.</summary>
    public static bool IsLowerKebab(string? code) => IsKebab(code, upper: false);

    private static bool IsKebab(string? code, bool upper)
    {
        if (string.IsNullOrEmpty(code) || !IsLetter(code[0], upper) || code[^1] == '-')
        {
            return false;
        }

        for (var i = 1; i < code.Length; i++)
        {
            var c = code[i];
            var ok = c == '-' ? code[i - 1] != '-' : IsLetter(c, upper) || char.IsAsciiDigit(c);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetter(char c, bool upper) => upper ? char.IsAsciiLetterUpper(c) : char.IsAsciiLetterLower(c);
}
