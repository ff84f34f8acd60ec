using GraphQL.Types;
using KnowledgePay.Domain.Moderation;

namespace KnowledgePay.GraphQL.Moderation;

internal sealed class ModerationStatusGraphType : EnumerationGraphType<ModerationStatus>
{
    public ModerationStatusGraphType()
    {
        Name = "ModerationStatus";
        Description = "Who sees user-written content: VISIBLE everyone; HELD and HIDDEN only its author (and moderators).";
    }
}

internal sealed class ModeratedContentKindGraphType : EnumerationGraphType<ModeratedContentKind>
{
    public ModeratedContentKindGraphType()
    {
        Name = "ModeratedContentKind";
        Description = "The kinds of user-written content that are screened and moderated.";
    }
}

internal sealed class ModerationHoldReasonGraphType : EnumerationGraphType<ModerationHoldReason>
{
    public ModerationHoldReasonGraphType()
    {
        Name = "ModerationHoldReason";
        Description = "Why content is in the moderation queue.";
    }
}

internal sealed class ModerationCaseStatusGraphType : EnumerationGraphType<ModerationCaseStatus>
{
    public ModerationCaseStatusGraphType()
    {
        Name = "ModerationCaseStatus";
        Description = "OPEN until a moderator decides; a later hold or report opens a new case.";
    }
}

internal sealed class ModerationDecisionGraphType : EnumerationGraphType<ModerationDecision>
{
    public ModerationDecisionGraphType()
    {
        Name = "ModerationDecision";
        Description = "What a moderator did with the content.";
    }
}
