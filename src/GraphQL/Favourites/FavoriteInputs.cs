using GraphQL.Types;
using KnowledgePay.Application.Favourites.Commands.FavoriteCourse;
using KnowledgePay.Application.Favourites.Commands.UnfavoriteCourse;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Favourites;

internal sealed class FavoriteCourseInputGraphType : InputObjectGraphType<FavoriteCourseCommand>
{
    public FavoriteCourseInputGraphType()
    {
        Name = "FavoriteCourseInput";
        this.IdField("courseId", CourseGraphType.TypeName);
    }
}

internal sealed class UnfavoriteCourseInputGraphType : InputObjectGraphType<UnfavoriteCourseCommand>
{
    public UnfavoriteCourseInputGraphType()
    {
        Name = "UnfavoriteCourseInput";
        this.IdField("courseId", CourseGraphType.TypeName);
    }
}
