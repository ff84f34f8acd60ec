using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Application.Privacy;

/// <summary>Section <c>Privacy</c>: how account deletion is carried out.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Days between asking for deletion and the erasure, during which the user can cancel. 15 follows WeChat's own
    /// account deletion (注销), which waits 15 days; PIPL art. 47 only asks that deletion be done "in time".
    /// </summary>
    [Range(0, 90)]
    public int DeletionCoolingOffDays { get; set; } = 15;

    /// <summary>What an erased account's reviews and lesson comments become: kept without a name, or removed.</summary>
    public ErasedReviews ErasedReviews { get; set; } = ErasedReviews.Anonymise;

    public TimeSpan DeletionCoolingOff => TimeSpan.FromDays(DeletionCoolingOffDays);
}
