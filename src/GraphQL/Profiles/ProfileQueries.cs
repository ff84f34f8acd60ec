using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Profiles.Queries.GetUserPortrait;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Profiles;

internal static class ProfileQueries
{
    public static void AddTo(ObjectGraphType<object?> query) =>
        query.Field<UserPortraitGraphType>("userProfile")
            .Description("Admins: any user's 用户画像; null when there is no such user.")
            .Argument<NonNullGraphType<IdGraphType>>("id", arg =>
            {
                arg.Description = "The user's global id.";
                arg.ParseValue(GlobalId.ParserFor(CreateCreatorInputGraphType.UserTypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetUserPortraitQuery(ctx.GetArgument<Guid>("id"))));
}
