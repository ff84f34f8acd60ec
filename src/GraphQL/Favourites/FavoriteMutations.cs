using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Favourites.Commands.FavoriteCourse;
using KnowledgePay.Application.Favourites.Commands.UnfavoriteCourse;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Favourites;

internal static class FavoriteMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<FavoriteCourseInputGraphType>("favoriteCourse", Result, typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Signed-in users: adds a published course to their favourites; calling it again changes nothing.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<FavoriteCourseCommand>("input")));

        mutation.MutationField<UnfavoriteCourseInputGraphType>("unfavoriteCourse", Result, typeof(ConflictErrorGraphType))
            .Description("Signed-in users: drops a course from their favourites; calling it again changes nothing.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UnfavoriteCourseCommand>("input")));
    }

    private static void Result(ObjectGraphType<MutationPayload> payload)
    {
        payload.Field<CourseGraphType>("course")
            .Description("The course; null when errors is set.")
            .Resolve(ctx => ctx.Source.Result is FavoriteCourseResult result ? ctx.Loader<CourseByIdLoader>().LoadAsync(result.CourseId) : null);
        payload.Field<BooleanGraphType>("isFavorite")
            .Description("Whether the course is now among the caller's favourites; null when errors is set.")
            .Resolve(ctx => (ctx.Source.Result as FavoriteCourseResult)?.IsFavorite);
    }
}
