using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Moderation.Queries;
using KnowledgePay.Application.Moderation.Queries.GetModerationQueue;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Paging;

namespace KnowledgePay.GraphQL.Moderation;

internal static class ModerationQueries
{
    private static readonly PageRequestValidator PageValidator = new();

    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<ModerationCaseGraphType, ModerationCaseDto>>, Page<ModerationCaseDto>>("moderationQueue")
            .Description("Admins (every case) and creators (their own courses' cases): held and reported content, oldest first.")
            .Argument<ModerationCaseStatusGraphType>("status", "Only cases of this status; OPEN unless given (null for all).", a => a.DefaultValue = ModerationCaseStatus.Open)
            .Argument<ModeratedContentKindGraphType>("kind", "Only content of this kind.")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                PageValidator, new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"))))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetModerationQueueQuery(
                    ctx.GetArgument<ModerationCaseStatus?>("status"),
                    ctx.GetArgument<ModeratedContentKind?>("kind"),
                    new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after")),
                    ctx.AsksForTotalCount())));
}
