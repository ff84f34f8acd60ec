using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.DataLoading;
using KnowledgePay.GraphQL.Orders;
using KnowledgePay.GraphQL.PaymentMethods;

namespace KnowledgePay.GraphQL.Offers;

internal sealed class OfferGraphType : ObjectGraphType<OfferDto>
{
    public const string TypeName = "Offer";

    public OfferGraphType()
    {
        Description = "Something sellable: a single course at its own price, a bundle of courses at one price, or a membership plan.";
        this.ImplementNode(TypeName, o => o.Id, (ctx, id) => ctx.Loader<OfferByIdLoader>().LoadAsync(id));

        // A single course is sold as itself (there is no offer row): its id is the course's, what an order line names.
        var id = GetField("id")!;
        id.Description = "The global id; for kind COURSE the course's own id (order it by courseId).";
        id.Resolver = new FuncFieldResolver<OfferDto, object>(ctx =>
            GlobalId.Encode(ctx.Source.Kind == OfferKind.Course ? CourseGraphType.TypeName : TypeName, ctx.Source.Id));
        id.Metadata[ProjectionMetadata.Key] = new[] { nameof(OfferDto.Kind) };

        Field<NonNullGraphType<OfferKindGraphType>>("kind").Description("What the offer sells.").Resolve(ctx => ctx.Source.Kind);
        Field(o => o.Title).Description("The offer's name, e.g. 前端进阶三件套 or 年卡.");
        Field(o => o.Description, nullable: true).Description("What the buyer gets, in the seller's words.");
        Field<MoneyGraphType>("listPrice")
            .Description("The price before any limited-time, member or coupon discount; null when the caller's platform hides prices.")
            .ResolveAsync(ctx => ctx.PriceForViewerAsync(new MoneyValue(ctx.Source.ListPriceFen, ctx.Source.Currency)))
            .Projects(nameof(OfferDto.ListPriceFen), nameof(OfferDto.Currency));
        Field(o => o.IsOnSale).Description("Whether it can be bought now; withdrawn offers are seen only by who manages them.");
        Field(o => o.IsSeries).Description("A 专栏 series: courses added later reach everyone who bought it before.");
        Field(o => o.MembershipDays, nullable: true).Description("How long one purchase of a plan lasts, in days; null for other kinds.");
        Field(o => o.MemberDiscountPercent).Description("A plan's discount, in percent, on the courses it does not cover; 0 otherwise.");
        Field(o => o.CoversAllCourses).Description("A plan that covers every course of the catalogue (its courses list is then empty).");
        Field(o => o.CreatedAt).Description("When the offer was made.");
        Field<CreatorGraphType>("creator")
            .Description("The creator whose bundle it is; null for the platform's own offers.")
            .Resolve(ctx => ctx.Source.CreatorId is { } creatorId ? ctx.Loader<CreatorByIdLoader>().LoadAsync(creatorId) : null)
            .Projects(nameof(OfferDto.CreatorId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseGraphType>>>>("courses")
            .Description("The courses it holds in the offer's order: the course itself for kind COURSE, a plan's chosen set.")
            .Resolve(ctx => Courses(ctx.Source, ctx.Loader<CourseIdsByOfferIdLoader>(), ctx.Loader<CourseByIdLoader>()))
            .Projects(nameof(OfferDto.Kind));
    }

    private static object Courses(OfferDto offer, CourseIdsByOfferIdLoader courseIds, CourseByIdLoader courses) =>
        offer.Kind == OfferKind.Course
            ? courses.LoadAsync(offer.Id).Then(course => course is null ? [] : new List<CourseDto> { course })
            : courseIds.LoadAsync(offer.Id).Then(ids =>
                DataLoaderResults.WhenAll([.. (ids ?? []).Select(courses.LoadAsync)]).Then(found => found.OfType<CourseDto>().ToList()));
}
