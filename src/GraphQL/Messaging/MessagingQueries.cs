using GraphQL.Types;
using KnowledgePay.Application.Messaging.Queries;
using KnowledgePay.Application.Messaging.Queries.GetMySubscriptionGrants;
using KnowledgePay.Application.Messaging.Queries.GetSubscriptionMessages;
using KnowledgePay.Application.Messaging.Queries.GetSubscriptionTemplates;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Messaging;

internal static class MessagingQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubscriptionTemplateGraphType>>>>("subscriptionTemplates")
            .Description("Signed-in users: the enabled subscription-message templates; pass their ids to wx.requestSubscribeMessage "
                + "(at most 3 at a time) and report the answer with reportSubscriptionGrants.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetSubscriptionTemplatesQuery()));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubscriptionGrantGraphType>>>>("mySubscriptionGrants")
            .Description("Signed-in users: per template they answered, how many messages they may still receive.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMySubscriptionGrantsQuery()));

        query.ConnectionField<object?, SubscriptionMessageGraphType, SubscriptionMessageDto>(
                "subscriptionMessages", (filters, SubscriptionMessageQuerySchema.Filter), (sorts, SubscriptionMessageQuerySchema.Sort))
            .Description("Admins: every subscription message asked for and its outcome, newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetSubscriptionMessagesQuery(ctx.ToQueryContext<SubscriptionMessageDto>(SubscriptionMessageQuerySchema.Filter))));
    }
}
