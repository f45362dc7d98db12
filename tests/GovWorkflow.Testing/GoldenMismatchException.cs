namespace GovWorkflow.Testing;

/// <summary>A golden file does not match the output.</summary>
public sealed class GoldenMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoldenMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GoldenMismatchException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public GoldenMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
