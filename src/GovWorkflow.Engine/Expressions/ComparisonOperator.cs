namespace GovWorkflow.Engine.Expressions;

/// <summary>The comparison operators, also used by unary tests such as <c>&lt; 5</c>.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
