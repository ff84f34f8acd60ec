using GraphQL.Types;
using KnowledgePay.Application.Catalog.Commands.ArchiveCourse;
using KnowledgePay.Application.Catalog.Commands.CreateCourse;
using KnowledgePay.Application.Catalog.Commands.PublishCourse;
using KnowledgePay.Application.Catalog.Commands.SetCourseGuardrails;
using KnowledgePay.Application.Catalog.Commands.SetCoursePrice;
using KnowledgePay.Application.Catalog.Commands.UpdateCourseDetails;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class CreateCourseInputGraphType : InputObjectGraphType<CreateCourseCommand>
{
    public CreateCourseInputGraphType()
    {
        Name = "CreateCourseInput";
        this.OptionalIdField("creatorId", "Creator").Description("Whose course it is; a creator may leave it out (their own), an admin must name one.");
        this.IdField("categoryId", "Category").Description("Where the catalogue lists it.");
        Field(c => c.Title).Description("1 to 120 characters.");
        Field(c => c.Summary).Description("A short pitch, 1 to 2000 characters.");
        Field(c => c.Price).Description("In fen (1/100 CNY), 0 for free.");
    }
}

internal sealed class UpdateCourseDetailsInputGraphType : InputObjectGraphType<UpdateCourseDetailsCommand>
{
    public UpdateCourseDetailsInputGraphType()
    {
        Name = "UpdateCourseDetailsInput";
        Description = "Replaces every detail: fields left out are cleared (cover) or emptied (tags).";
        this.IdField("courseId", CourseGraphType.TypeName);
        Field(c => c.Title).Description("1 to 120 characters.");
        Field(c => c.Summary).Description("1 to 2000 characters.");
        Field(c => c.CoverUrl, nullable: true).Description("An absolute http(s) URL; null for no cover.");
        this.IdField("categoryId", "Category");
        this.IdListField("tagIds", "Tag").Description("The course's tags, at most 10.");
    }
}

internal sealed class SetCoursePriceInputGraphType : InputObjectGraphType<SetCoursePriceCommand>
{
    public SetCoursePriceInputGraphType()
    {
        Name = "SetCoursePriceInput";
        this.IdField("courseId", CourseGraphType.TypeName);
        Field(c => c.Price).Description("In fen (1/100 CNY), 0 for free; never negative.");
    }
}

internal sealed class SetCourseGuardrailsInputGraphType : InputObjectGraphType<SetCourseGuardrailsCommand>
{
    public SetCourseGuardrailsInputGraphType()
    {
        Name = "SetCourseGuardrailsInput";
        this.IdField("courseId", CourseGraphType.TypeName);
        Field<NonNullGraphType<PriceGuardrailsInputGraphType>>("guardrails").Description("Replaces the course's guardrails.");
    }
}

internal sealed class PublishCourseInputGraphType : InputObjectGraphType<PublishCourseCommand>
{
    public PublishCourseInputGraphType()
    {
        Name = "PublishCourseInput";
        this.IdField("courseId", CourseGraphType.TypeName);
    }
}

internal sealed class ArchiveCourseInputGraphType : InputObjectGraphType<ArchiveCourseCommand>
{
    public ArchiveCourseInputGraphType()
    {
        Name = "ArchiveCourseInput";
        this.IdField("courseId", CourseGraphType.TypeName);
    }
}
