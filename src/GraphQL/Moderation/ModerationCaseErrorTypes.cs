using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Moderation.ModerationCaseErrors;

namespace KnowledgePay.GraphQL.Moderation;

internal sealed class AlreadyReportedErrorGraphType() : CodedErrorGraphType(
    "AlreadyReportedError", AlreadyReportedCode, "The caller has already reported this content.");

internal sealed class ModerationDecisionNotApplicableErrorGraphType() : CodedErrorGraphType(
    "ModerationDecisionNotApplicableError", DecisionNotApplicableCode, "Approve and hide apply to content that is not hidden; restore only to hidden content.");
