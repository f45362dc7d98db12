using System.Diagnostics.CodeAnalysis;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Cases;

/// <summary>Reading and naming ratings; the two lowest are 差评 and need a follow-up (整改、回访).</summary>
public static class RatingScale
{
    /// <summary>Working days a 差评's follow-up is due in, unless configured otherwise.</summary>
    public static readonly WorkingDays DefaultFollowUpPeriod = new(5);

    /// <summary>Whether the rating is a 差评.</summary>
    public static bool IsPoor(Rating rating) => rating <= Rating.Dissatisfied;

    /// <summary>The Chinese name shown to people.</summary>
    public static string ChineseName(Rating rating) => rating switch
    {
        Rating.VerySatisfied => "非常满意",
        Rating.Satisfied => "满意",
        Rating.Neutral => "基本满意",
        Rating.Dissatisfied => "不满意",
        Rating.VeryDissatisfied => "非常不满意",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Unknown rating."),
    };

    /// <summary>Reads a score from 1 to 5.</summary>
    public static bool TryFromScore(long score, out Rating rating, [NotNullWhen(false)] out DomainError? error)
    {
        if (score is >= 1 and <= 5)
        {
            rating = (Rating)score;
            error = null;
            return true;
        }

        rating = default;
        error = new DomainError("case.rating-out-of-range", $"评价等级 {score} 无效：应为 1（非常不满意）到 5（非常满意）。", $"Rating {score} is not between 1 and 5.", new SourceLocation(Field: "rating"));
        return false;
    }
}
