using GraphQL.Types;
using KnowledgePay.Application.Privacy.Queries;
using KnowledgePay.Application.Privacy.Queries.GetPrivacyRequests;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Privacy;

internal static class PrivacyQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts) =>
        query.ConnectionField<object?, PrivacyRequestGraphType, PrivacyRequestDto>(
                "privacyRequests", (filters, PrivacyRequestQuerySchema.Filter), (sorts, PrivacyRequestQuerySchema.Sort))
            .Description("Admins: every user's data export and account deletion requests, oldest first unless ordered "
                + "otherwise; filter on status PENDING for the queue still to work.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetPrivacyRequestsQuery(ctx.ToQueryContext<PrivacyRequestDto>(PrivacyRequestQuerySchema.Filter))));
}
