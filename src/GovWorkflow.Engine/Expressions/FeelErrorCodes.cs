namespace GovWorkflow.Engine.Expressions;

/// <summary>The stable codes of <see cref="FeelError"/>.</summary>
public static class FeelErrorCodes
{
    /// <summary>A token appeared where something else was expected.</summary>
    public const string UnexpectedToken = "feel.unexpected-token";

    /// <summary>The text ended where more was expected (including an empty text).</summary>
    public const string UnexpectedEnd = "feel.unexpected-end";

    /// <summary>A character that cannot start any token.</summary>
    public const string InvalidCharacter = "feel.invalid-character";

    /// <summary>A string literal without its closing quote.</summary>
    public const string UnterminatedString = "feel.unterminated-string";

    /// <summary>An unknown escape such as <c>\q</c>, or a malformed <c>\u</c> escape.</summary>
    public const string InvalidEscape = "feel.invalid-escape";

    /// <summary>A number literal that does not fit a decimal.</summary>
    public const string InvalidNumber = "feel.invalid-number";

    /// <summary>A call of a function that is not built in (user functions are not supported).</summary>
    public const string UnknownFunction = "feel.unknown-function";

    /// <summary>A built-in function called with too few or too many arguments.</summary>
    public const string ArgumentCount = "feel.argument-count";

    /// <summary>A context literal naming one key twice.</summary>
    public const string DuplicateKey = "feel.duplicate-key";

    /// <summary>Nesting deeper than the engine accepts (guards the stack against hostile input).</summary>
    public const string TooDeep = "feel.too-deep";

    /// <summary>A text longer than the engine accepts.</summary>
    public const string TooLong = "feel.too-long";
}
