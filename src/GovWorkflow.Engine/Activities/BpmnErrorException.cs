namespace GovWorkflow.Engine.Activities;

/// <summary>A business error of an activity, raised in the process as a BPMN error with <see cref="ErrorCode"/>.</summary>
public sealed class BpmnErrorException : Exception
{
    /// <summary>Creates the error.</summary>
    public BpmnErrorException(string errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>Creates an error without a code (for serializers); prefer the other constructors.</summary>
    public BpmnErrorException()
        : this("ACTIVITY_FAILED", "活动失败")
    {
    }

    /// <summary>Creates an error with the default code.</summary>
    public BpmnErrorException(string message)
        : this("ACTIVITY_FAILED", message)
    {
    }

    /// <summary>Creates an error with the default code and a cause.</summary>
    public BpmnErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = "ACTIVITY_FAILED";
    }

    /// <summary>The BPMN error code boundary events match.</summary>
    public string ErrorCode { get; }
}
