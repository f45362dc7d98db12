namespace GovWorkflow.Engine.Expressions;

/// <summary>The kinds of FEEL tokens.</summary>
internal enum FeelTokenKind
{
    End,
    Number,
    String,
    Name,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Colon,
    Dot,
    DotDot,
    Plus,
    Minus,
    Star,
    StarStar,
    Slash,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
