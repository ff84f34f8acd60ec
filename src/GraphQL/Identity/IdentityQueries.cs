using GraphQL.Types;
using KnowledgePay.Application.Identity.Queries.GetMe;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Identity;

internal static class IdentityQueries
{
    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<MeGraphType>("me")
            .Description("The signed-in user (AUTH_NOT_AUTHENTICATED without a valid bearer token).")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMeQuery()));
}
