namespace GovWorkflow.Engine.Model;

/// <summary>A <c>standardLoopCharacteristics</c> (while-loop); not executed — model loops with gateways instead.</summary>
public sealed class StandardLoopCharacteristics : LoopCharacteristics
{
    internal StandardLoopCharacteristics(ElementHeader header)
        : base(header)
    {
    }
}
