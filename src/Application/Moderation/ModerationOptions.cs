using System.ComponentModel.DataAnnotations;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.Application.Moderation;

/// <summary>
/// Section <c>Moderation</c>: the operator's own word lists, applied before WeChat is asked. Matching ignores case and
/// the spaces and punctuation people put between characters to slip past a list.
/// </summary>
public sealed class ModerationOptions
{
    public const string SectionName = "Moderation";

    /// <summary>Text holding one of these is refused outright.</summary>
    public IList<string> BlockedWords { get; } = [];

    /// <summary>Text holding one of these is kept but held for a moderator.</summary>
    public IList<string> ReviewWords { get; } = [];

    /// <summary>How many users' reports hold visible content until a moderator decides.</summary>
    [Range(1, 1000)]
    public int ReportsToHold { get; set; } = ModerationLimits.DefaultReportsToHold;
}
