using GraphQL.Types;
using KnowledgePay.Application.Favourites.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Favourites;

internal sealed class FavoriteGraphType : ObjectGraphType<FavouriteDto>
{
    public FavoriteGraphType()
    {
        Name = "Favorite";
        Description = "A course the caller keeps in their favourites.";
        this.GlobalIdField(Name, f => f.Id);
        Field<NonNullGraphType<CourseGraphType>>("course")
            .Description("The course kept.")
            .Resolve(ctx => ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.CourseId));
        Field(f => f.CreatedAt).Description("When it was added.");
    }
}
