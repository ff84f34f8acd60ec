using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.DataLoading;
using KnowledgePay.GraphQL.Favourites;
using KnowledgePay.GraphQL.Learning;
using KnowledgePay.GraphQL.Offers;
using KnowledgePay.GraphQL.PaymentMethods;
using KnowledgePay.GraphQL.Pricing;
using KnowledgePay.GraphQL.Profiles;
using KnowledgePay.GraphQL.Recommendations;
using KnowledgePay.GraphQL.Reviews;
using KnowledgePay.GraphQL.Sales;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class CourseGraphType : ObjectGraphType<CourseDto>
{
    public const string TypeName = "Course";

    public CourseGraphType()
    {
        Description = "A course of the catalogue: chapters of lessons by one creator, sold at one price.";
        this.ImplementNode(TypeName, c => c.Id, (ctx, id) => ctx.Loader<CourseByIdLoader>().LoadAsync(id));
        Field(c => c.Title).Description("The course title.");
        Field(c => c.Summary).Description("A short pitch shown in lists.");
        Field(c => c.CoverUrl, nullable: true).Description("The cover image, when the course has one.");
        Field<LongGraphType>("price")
            .Description("The price in fen (1/100 of a yuan); 0 for a free course; null when the caller's platform hides prices.")
            .ResolveAsync(ctx => ctx.PriceForViewerAsync(ctx.Source.PriceFen))
            .Projects(nameof(CourseDto.PriceFen));
        Field(c => c.Currency).Description("ISO 4217 currency of the price, e.g. CNY.");
        Field<NonNullGraphType<CourseStatusGraphType>>("status")
            .Description("Where the course is in its publication life.")
            .Resolve(ctx => ctx.Source.Status);
        Field(c => c.CreatedAt).Description("When the creator started the course.");
        Field(c => c.PublishedAt, nullable: true).Description("When the course was first published.");
        Field(c => c.RatingAverage).Description("Average stars, 1 to 5; 0 before the first rating.");
        Field(c => c.RatingCount).Description("How many learners rated the course.");
        Field(c => c.StudentCount).Description("How many learners are enrolled.");
        Field(c => c.LessonCount).Description("How many lessons the course has.");
        Field(c => c.TotalDurationSeconds).Description("The length of all lessons together, in seconds.");
        Field<NonNullGraphType<CreatorGraphType>>("creator")
            .Description("Who teaches the course.")
            .Resolve(ctx => ctx.Loader<CreatorByIdLoader>().LoadAsync(ctx.Source.CreatorId))
            .Projects(nameof(CourseDto.CreatorId));
        Field<NonNullGraphType<CategoryGraphType>>("category")
            .Description("The category the course is listed under.")
            .Resolve(ctx => ctx.Loader<CategoryByIdLoader>().LoadAsync(ctx.Source.CategoryId))
            .Projects(nameof(CourseDto.CategoryId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TagGraphType>>>>("tags")
            .Description("The course's tags, by name.")
            .Resolve(ctx => ctx.Loader<TagsByCourseIdLoader>().LoadAsync(ctx.Source.Id).Then(tags => tags ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChapterGraphType>>>>("chapters")
            .Description("The outline: chapters of lessons in the creator's order.")
            .Resolve(ctx => ctx.Loader<ChaptersByCourseIdLoader>().LoadAsync(ctx.Source.Id).Then(chapters => chapters ?? []));
        Field<LessonGraphType>("lesson")
            .Description("One lesson of the outline, null when the course has no such lesson. Ask for a lesson's body or media "
                + "here: opening content counts towards the refund policy, so asking through chapters opens every lesson asked.")
            .Argument<NonNullGraphType<IdGraphType>>("id", arg =>
            {
                arg.Description = "The lesson's id.";
                arg.ParseValue(GlobalId.ParserFor(LessonGraphType.TypeName));
            })
            .Resolve(ctx => ctx.Loader<ChaptersByCourseIdLoader>().LoadAsync(ctx.Source.Id).Then(chapters =>
                (chapters ?? []).SelectMany(c => c.Lessons).FirstOrDefault(l => l.Id == ctx.GetArgument<Guid>("id"))));
        Field<NonNullGraphType<CourseContentProfileGraphType>>("contentProfile")
            .Description("Tags, category, creator, lesson kinds, price band, popularity and rating, as recommendations see them.")
            .Resolve(ctx => ctx.Loader<CourseContentProfileByCourseIdLoader>().LoadAsync(ctx.Source.Id));
        CourseLearningFields.AddTo(this);
        CourseRecommendationFields.AddTo(this);
        CoursePricingFields.AddTo(this);
        CourseOfferFields.AddTo(this);
        CourseSaleFields.AddTo(this);
        CourseReviewFields.AddTo(this);
        CourseFavoriteFields.AddTo(this);
    }
}
