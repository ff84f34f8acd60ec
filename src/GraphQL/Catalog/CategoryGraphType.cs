using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class CategoryGraphType : ObjectGraphType<CategoryDto>
{
    public CategoryGraphType()
    {
        Description = "A section of the catalogue, such as a tab of the mini program's category bar.";
        this.ImplementNode("Category", c => c.Id, (ctx, id) => ctx.Loader<CategoryByIdLoader>().LoadAsync(id));
        Field(c => c.Name).Description("The display name.");
        Field(c => c.Slug).Description("A URL-safe key.");
        Field(c => c.Position).Description("Display order, smallest first.");
    }
}
