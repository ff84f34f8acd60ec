using GraphQL.Types;
using KnowledgePay.Application.Auditing.Queries;
using KnowledgePay.Application.Auditing.Queries.GetAuditLog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Auditing;

internal static class AuditingQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts) =>
        query.ConnectionField<object?, AuditEntryGraphType, AuditEntryDto>(
                "auditLog", (filters, AuditLogQuerySchema.Filter), (sorts, AuditLogQuerySchema.Sort))
            .Description("Admins: who changed what and when, newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetAuditLogQuery(ctx.ToQueryContext<AuditEntryDto>(AuditLogQuerySchema.Filter))));
}
