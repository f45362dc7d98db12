namespace GovWorkflow.Engine.Expressions;

/// <summary>The binary arithmetic operators.</summary>
internal enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Power,
}
