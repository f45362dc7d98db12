namespace GovWorkflow.Domain.Cases;

/// <summary>好差评: the five levels of GB/T 39735-2020, scored 5 (best) to 1.</summary>
public enum Rating
{
    /// <summary>非常不满意 (差评).</summary>
    VeryDissatisfied = 1,

    /// <summary>不满意 (差评).</summary>
    Dissatisfied = 2,

    /// <summary>基本满意.</summary>
    Neutral = 3,

    /// <summary>满意.</summary>
    Satisfied = 4,

    /// <summary>非常满意.</summary>
    VerySatisfied = 5,
}
