namespace GovWorkflow.Domain.Deadlines;

/// <summary>How the decision is organised, which selects the statutory limit of 行政许可法 Art. 42.</summary>
public enum HandlingMode
{
    /// <summary>One department decides: 20 working days, +10 on the head's approval (Art. 42 para. 1).</summary>
    SingleDepartment,

    /// <summary>统一办理、联合办理、集中办理: 45 working days, +15 on the government head's approval (Art. 42 para. 2).</summary>
    Joint,
}
