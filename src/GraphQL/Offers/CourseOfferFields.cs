using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Offers;

internal static class CourseOfferFields
{
    public static void AddTo(ObjectGraphType<CourseDto> course) =>
        course.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferGraphType>>>>("offers")
            .Description("How the course can be bought at list price: on its own (kind COURSE, while published), in the bundles on "
                + "sale that hold it, and through the membership plans on sale that cover it.")
            .Resolve(ctx => ctx.Loader<OffersByCourseIdLoader>().LoadAsync(ctx.Source.Id)
                .Then(offers => (IReadOnlyList<OfferDto>)[.. AsOffer(ctx.Source), .. offers ?? []]))
            .Projects(nameof(CourseDto.Title), nameof(CourseDto.PriceFen), nameof(CourseDto.Currency), nameof(CourseDto.Status),
                nameof(CourseDto.CreatedAt), nameof(CourseDto.CreatorId));

    private static IEnumerable<OfferDto> AsOffer(CourseDto course)
    {
        if (course.Status == CourseStatus.Published)
        {
            yield return new OfferDto
            {
                Id = course.Id,
                Kind = OfferKind.Course,
                Title = course.Title,
                ListPriceFen = course.PriceFen,
                Currency = course.Currency,
                CreatorId = course.CreatorId,
                IsOnSale = true,
                CreatedAt = course.CreatedAt,
            };
        }
    }
}
