using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Gifts.Queries;
using KnowledgePay.Application.Gifts.Queries.GetGiftByCode;
using KnowledgePay.Application.Gifts.Queries.GetMyGifts;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Paging;

namespace KnowledgePay.GraphQL.Gifts;

internal static class GiftQueries
{
    private static readonly PageRequestValidator PageValidator = new();

    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<GiftGraphType, GiftDto>>, Page<GiftDto>>("myGifts")
            .Description("Signed-in users: the gifts they bought, newest first, with the codes and links to share.")
            .Argument<IntGraphType>("first", $"Returns the first n items (default {PageRequest.DefaultSize}, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "Returns the items after this cursor.")
            .ValidateArguments(ctx => ArgumentChecks.Check(
                PageValidator, new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"))))
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetMyGiftsQuery(
                    new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after")),
                    ctx.AsksForTotalCount())));

        query.Field<GiftPreviewGraphType>("gift")
            .Description("Anyone holding a gift's code (from its share link): what the gift gives and who sent it; null for an unknown code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The code from the share link.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetGiftByCodeQuery(ctx.GetArgument<string>("code"))));
    }
}
