using GraphQL.Types;
using KnowledgePay.Application.Bookkeeping.Queries.CheckBooks;
using KnowledgePay.Domain.Common;
using KnowledgePay.GraphQL.Orders;

namespace KnowledgePay.GraphQL.Bookkeeping;

internal sealed class BooksGraphType : ObjectGraphType<BooksDto>
{
    public BooksGraphType()
    {
        Name = "Books";
        Description = "The double-entry books: every account's balance, and whatever keeps them from balancing.";
        Field<NonNullGraphType<BooleanGraphType>>("balanced")
            .Description("True when the journal and each of its transactions add up to zero, no user account is negative, and "
                + "every order paid through WeChat Pay or Virtual Payment agrees with its payments ledger entries.")
            .Resolve(ctx => ctx.Source.IsBalanced);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookProblemGraphType>>>>("problems")
            .Description($"What keeps the books from balancing (at most {CheckBooksQuery.MaxProblems} of each kind); empty when they do.")
            .Resolve(ctx => ctx.Source.Problems);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountBalanceGraphType>>>>("accounts")
            .Description("Every account with its balance, summed over all users.")
            .Resolve(ctx => ctx.Source.Accounts);
    }
}

internal sealed class BookProblemGraphType : ObjectGraphType<BookProblemDto>
{
    public BookProblemGraphType()
    {
        Name = "BookProblem";
        Description = "One reason the books do not balance; one is already an alarm.";
        Field<NonNullGraphType<BookProblemKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(p => p.Message).Description("What disagrees, with the amounts.");
        Field(p => p.Reference).Description(
            "What to look at: a journal transaction key (filter the journal with it), UserWallet:{user uuid} or UserBonus:{user uuid}, "
            + "or an order's number.");
    }
}

internal sealed class AccountBalanceGraphType : ObjectGraphType<AccountBalanceDto>
{
    public AccountBalanceGraphType()
    {
        Name = "AccountBalance";
        Description = "An account of the books and the sum of its postings.";
        Field<NonNullGraphType<JournalAccountGraphType>>("account").Resolve(ctx => ctx.Source.Account);
        Field<NonNullGraphType<MoneyGraphType>>("balance")
            .Description("Signed: what is owed to users or earned is positive, what a provider holds for us or promotion spent is negative.")
            .Resolve(ctx => new MoneyValue(ctx.Source.BalanceFen, Money.Cny));
    }
}
