using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Application.Offers.Queries.GetMembershipPlans;
using KnowledgePay.Application.Offers.Queries.GetOffers;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Offers;

internal static class OfferQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.Field<OfferGraphType>("offer")
            .Description("A bundle or plan by id; null when there is none on sale (withdrawn ones only for who manages them).")
            .Argument<NonNullGraphType<IdGraphType>>("id", arg =>
            {
                arg.Description = "The offer's global id.";
                arg.ParseValue(GlobalId.ParserFor(OfferGraphType.TypeName));
            })
            .Resolve(ctx => ctx.Loader<OfferByIdLoader>().LoadAsync(ctx.GetArgument<Guid>("id")));

        query.ConnectionField<object?, OfferGraphType, OfferDto>("offers", (filters, OfferQuerySchema.Filter), (sorts, OfferQuerySchema.Sort))
            .Description("Admins: every bundle and plan, on sale or not; creators: their own bundles. Newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetOffersQuery(ctx.ToQueryContext<OfferDto>(OfferQuerySchema.Filter))));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferGraphType>>>>("membershipPlans")
            .Description("The membership plans on sale, shortest term first: price, days, the courses covered (or all) and the member discount.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetMembershipPlansQuery()));
    }
}
