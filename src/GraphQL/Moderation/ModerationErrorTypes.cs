using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Moderation.ModerationErrors;

namespace KnowledgePay.GraphQL.Moderation;

internal sealed class ContentRefusedErrorGraphType() : CodedErrorGraphType(
    "ContentRefusedError", ContentRefusedCode, "The text breaks the content rules (the operator's word list or WeChat's content-security check); nothing was saved.");
