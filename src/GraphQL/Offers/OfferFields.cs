using GraphQL.Types;
using KnowledgePay.Domain.Offers;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Offers;

/// <summary>The fields of a type that names an offer by kind and id: the kind, its global id and, for a course, the course.</summary>
internal static class OfferFields
{
    public static void AddOfferFields<TDto>(this ObjectGraphType<TDto> type, Func<TDto, OfferKind> kind, Func<TDto, Guid> offerId)
    {
        type.Field<NonNullGraphType<OfferKindGraphType>>("kind")
            .Description("What it gives: a course, a bundle or a membership plan.")
            .Resolve(ctx => kind(ctx.Source));
        type.Field<NonNullGraphType<IdGraphType>>("offerId")
            .Description("The global id of the course (kind COURSE) or of the bundle or plan.")
            .Resolve(ctx => GlobalId.Encode(kind(ctx.Source) == OfferKind.Course ? CourseGraphType.TypeName : OfferGraphType.TypeName, offerId(ctx.Source)));
        type.Field<CourseGraphType>("course")
            .Description("The course, when kind is COURSE; null otherwise.")
            .Resolve(ctx => kind(ctx.Source) == OfferKind.Course ? ctx.Loader<CourseByIdLoader>().LoadAsync(offerId(ctx.Source)) : null);
    }
}
