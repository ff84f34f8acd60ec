using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Identity.Queries.GetMe;
using KnowledgePay.Application.Identity.Queries.GetUsersByPhone;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.Identity;

internal static class IdentityQueries
{
    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<MeGraphType>("me")
            .Description("The signed-in user (AUTH_NOT_AUTHENTICATED without a valid bearer token).")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMeQuery()));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PhoneOwnerGraphType>>>>("usersByPhone")
            .Description("Admins: the accounts a phone number is bound to, oldest first (one number may serve several accounts). "
                + "PHONE_NUMBER_UNREADABLE when the number is neither +country code and number nor an 11-digit mainland mobile number.")
            .Argument<NonNullGraphType<StringGraphType>>("phoneNumber", arg =>
                arg.Description = "The number as written: +86 138 1234 5678, 008613812345678 and 13812345678 find the same accounts.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetUsersByPhoneQuery(ctx.GetArgument<string>("phoneNumber"))));
    }
}
