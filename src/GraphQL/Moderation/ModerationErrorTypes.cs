using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Moderation;

internal sealed class ContentRefusedErrorGraphType() : CodedErrorGraphType(
    "ContentRefusedError", ModerationErrors.ContentRefusedCode, "The text breaks the content rules (the operator's word list or WeChat's content-security check); nothing was saved.");
