using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Bookkeeping.Queries;
using KnowledgePay.Application.Bookkeeping.Queries.CheckBooks;
using KnowledgePay.Application.Bookkeeping.Queries.GetJournal;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Bookkeeping;

internal static class BookkeepingQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.Field<NonNullGraphType<BooksGraphType>>("books")
            .Description("Admins: whether the double-entry books balance, what keeps them from it, and every account's balance.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new CheckBooksQuery()));

        query.ConnectionField<object?, JournalPostingGraphType, JournalPostingDto>(
                "journal", (filters, JournalQuerySchema.Filter), (sorts, JournalQuerySchema.Sort))
            .Description("Admins: the postings of the books, newest first unless ordered otherwise.")
            .Argument<IdGraphType>("userId", arg =>
            {
                arg.Description = "Only the wallet and bonus postings of this user (a global user id).";
                arg.ParseValue(GlobalId.ParserFor(CreateCreatorInputGraphType.UserTypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetJournalQuery(ctx.ToQueryContext<JournalPostingDto>(
                JournalQuerySchema.Filter,
                ctx.GetArgument<Guid?>("userId") is { } userId ? new FieldCondition("userId", FilterOperator.Eq, userId) : null))));
    }
}
