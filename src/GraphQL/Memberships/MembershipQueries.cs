using GraphQL.Types;
using KnowledgePay.Application.Memberships.Queries;
using KnowledgePay.Application.Memberships.Queries.GetMyMemberships;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Memberships;

internal static class MembershipQueries
{
    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipGraphType>>>, IReadOnlyList<MembershipDto>>("myMembership")
            .Description("Signed-in users: their memberships active now (one per plan), the one expiring first first; empty for none.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMyMembershipsQuery()));
}
