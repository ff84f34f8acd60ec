using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Wallets.Queries;
using KnowledgePay.Application.Wallets.Queries.GetMyWallet;
using KnowledgePay.Application.Wallets.Queries.GetTopUpOptions;
using KnowledgePay.Application.Wallets.Queries.GetWallet;
using KnowledgePay.Application.Wallets.Queries.GetWallets;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Wallets;

internal static class WalletQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.Field<WalletGraphType>("myWallet")
            .Description("Signed-in users: their balance and its history; null until their first top-up.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyWalletQuery()));

        query.Field<NonNullGraphType<TopUpOptionsGraphType>>("topUpOptions")
            .Description("Anyone: what a top-up may be and its bonus tiers.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetTopUpOptionsQuery()));

        query.ConnectionField<object?, WalletGraphType, WalletDto>("wallets", (filters, WalletQuerySchema.Filter), (sorts, WalletQuerySchema.Sort))
            .Description("Admins: every wallet, newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetWalletsQuery(ctx.ToQueryContext<WalletDto>(WalletQuerySchema.Filter))));

        query.Field<WalletGraphType>("wallet")
            .Description("Admins: a user's wallet; null when they have none.")
            .Argument<NonNullGraphType<IdGraphType>>("userId", arg =>
            {
                arg.Description = "The user's global id.";
                arg.ParseValue(GlobalId.ParserFor(CreateCreatorInputGraphType.UserTypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetWalletQuery(ctx.GetArgument<Guid>("userId"))));
    }
}
