using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Favourites;

internal static class CourseFavoriteFields
{
    public static void AddTo(ObjectGraphType<CourseDto> course) =>
        course.Field<NonNullGraphType<BooleanGraphType>>("isFavorite")
            .Description("Whether the signed-in caller keeps the course in their favourites; false for an anonymous caller.")
            .Resolve(ctx => ctx.Loader<FavoriteStatusByCourseIdLoader>().LoadAsync(ctx.Source.Id).Then(kept => kept));
}
