using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Agreements.Queries.GetAgreements;
using KnowledgePay.Application.Agreements.Queries.GetAgreementVersions;
using KnowledgePay.Application.Agreements.Queries.GetUserConsentHistory;
using KnowledgePay.Domain.Agreements;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Agreements;

internal static class AgreementQueries
{
    public static void AddTo(ObjectGraphType<object?> query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementVersionGraphType>>>>("agreements")
            .Description("Anyone: the user agreement and privacy policy in effect, to show before sign-in.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetAgreementsQuery()));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementVersionAcceptancesGraphType>>>>("agreementVersions")
            .Description("Admins: every version of an agreement, newest first, with how many users accepted each.")
            .Argument<NonNullGraphType<AgreementKindGraphType>>("kind", "Which agreement.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetAgreementVersionsQuery(ctx.GetArgument<AgreementKind>("kind"))));

        query.Field<ListGraphType<NonNullGraphType<ConsentChangeGraphType>>>("userConsentHistory")
            .Description("Admins: a user's consent history (personalisation, marketing, agreement acceptances), oldest first; "
                + "null for an unknown user.")
            .Argument<NonNullGraphType<IdGraphType>>("userId", arg =>
            {
                arg.Description = "The user's global id.";
                arg.ParseValue(GlobalId.ParserFor(CreateCreatorInputGraphType.UserTypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetUserConsentHistoryQuery(ctx.GetArgument<Guid>("userId"))));
    }
}
