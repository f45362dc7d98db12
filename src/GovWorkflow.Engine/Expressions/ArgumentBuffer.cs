using System.Runtime.CompilerServices;

namespace GovWorkflow.Engine.Expressions;

/// <summary>Room for the arguments of a call on the stack, so that calling a built-in allocates no array.</summary>
[InlineArray(Size)]
internal struct ArgumentBuffer
{
    public const int Size = 4;

#pragma warning disable IDE0044, IDE0051, S1144 // The inline array's element storage.
    private FeelValue element;
#pragma warning restore IDE0044, IDE0051, S1144
}
