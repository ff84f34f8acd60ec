using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Catalog.Commands.AddChapter;
using KnowledgePay.Application.Catalog.Commands.AddLesson;
using KnowledgePay.Application.Catalog.Commands.ArchiveCourse;
using KnowledgePay.Application.Catalog.Commands.CreateCourse;
using KnowledgePay.Application.Catalog.Commands.CreateCreator;
using KnowledgePay.Application.Catalog.Commands.EditLesson;
using KnowledgePay.Application.Catalog.Commands.MoveChapter;
using KnowledgePay.Application.Catalog.Commands.MoveLesson;
using KnowledgePay.Application.Catalog.Commands.PublishCourse;
using KnowledgePay.Application.Catalog.Commands.RemoveChapter;
using KnowledgePay.Application.Catalog.Commands.RemoveLesson;
using KnowledgePay.Application.Catalog.Commands.RenameChapter;
using KnowledgePay.Application.Catalog.Commands.SetCourseGuardrails;
using KnowledgePay.Application.Catalog.Commands.SetCoursePrice;
using KnowledgePay.Application.Catalog.Commands.UpdateCourseDetails;
using KnowledgePay.GraphQL.Conventions.Mutations;
using KnowledgePay.GraphQL.Offers;

namespace KnowledgePay.GraphQL.Catalog;

/// <summary>Catalogue management for creators (their own courses) and admins (every course).</summary>
internal static class CatalogMutations
{
    private static readonly (string, Type, string) Course =
        ("course", typeof(CourseGraphType), "The course as it stands after the change; null when errors is set.");

    /// <summary>What any change to an existing course can meet besides bad input.</summary>
    private static readonly Type[] EditErrors =
        [typeof(NotFoundErrorGraphType), typeof(CourseNotEditableErrorGraphType), typeof(ConflictErrorGraphType)];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateCreatorInputGraphType>(
                "createCreator",
                ("creator", typeof(CreatorGraphType), "The new creator; null when errors is set."),
                typeof(CreatorAlreadyExistsErrorGraphType),
                typeof(NotFoundErrorGraphType))
            .Description("Admins: registers a creator profile, optionally managed by a user, who becomes a creator from their next login or refresh.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateCreatorCommand>("input")));

        mutation.MutationField<CreateCourseInputGraphType>("createCourse", Course, typeof(NotFoundErrorGraphType))
            .Description("Starts a draft course: creators for themselves, admins for any creator.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateCourseCommand>("input")));

        mutation.MutationField<UpdateCourseDetailsInputGraphType>("updateCourseDetails", Course, EditErrors)
            .Description("Replaces a course's title, summary, cover, category and tags.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<UpdateCourseDetailsCommand>("input")));

        mutation.MutationField<SetCoursePriceInputGraphType>("setCoursePrice", Course, [.. EditErrors, typeof(PriceBelowFloorErrorGraphType)])
            .Description("Sets a course's price in fen, never below the floor of its guardrails; the audit log records it.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<SetCoursePriceCommand>("input")));

        mutation.MutationField<SetCourseGuardrailsInputGraphType>(
                "setCourseGuardrails",
                Course,
                [.. EditErrors, typeof(PriceBelowFloorErrorGraphType), typeof(PriceGuardrailsInvalidErrorGraphType)])
            .Description("Admins: sets the limits a course's price and discounts stay within; its current price must respect them.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<SetCourseGuardrailsCommand>("input")));

        mutation.MutationField<AddChapterInputGraphType>("addChapter", Course, EditErrors)
            .Description("Appends a chapter to a course.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<AddChapterCommand>("input")));

        mutation.MutationField<RenameChapterInputGraphType>("renameChapter", Course, EditErrors)
            .Description("Renames a chapter.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RenameChapterCommand>("input")));

        mutation.MutationField<MoveChapterInputGraphType>("moveChapter", Course, [.. EditErrors, typeof(InvalidPositionErrorGraphType)])
            .Description("Moves a chapter to another place in its course.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<MoveChapterCommand>("input")));

        mutation.MutationField<RemoveChapterInputGraphType>("removeChapter", Course, EditErrors)
            .Description("Removes a chapter and its lessons.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RemoveChapterCommand>("input")));

        mutation.MutationField<AddLessonInputGraphType>("addLesson", Course, EditErrors)
            .Description("Appends a lesson to a chapter.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<AddLessonCommand>("input")));

        mutation.MutationField<EditLessonInputGraphType>("editLesson", Course, EditErrors)
            .Description("Replaces a lesson's content.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<EditLessonCommand>("input")));

        mutation.MutationField<MoveLessonInputGraphType>(
                "moveLesson",
                Course,
                [.. EditErrors, typeof(InvalidPositionErrorGraphType), typeof(ChapterNotInCourseErrorGraphType)])
            .Description("Moves a lesson within its chapter or into another chapter of the same course.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<MoveLessonCommand>("input")));

        mutation.MutationField<RemoveLessonInputGraphType>("removeLesson", Course, EditErrors)
            .Description("Removes a lesson.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RemoveLessonCommand>("input")));

        mutation.MutationField<PublishCourseInputGraphType>(
                "publishCourse",
                Course,
                typeof(NotFoundErrorGraphType),
                typeof(CourseHasNoLessonsErrorGraphType),
                typeof(CourseStatusTransitionErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Puts a draft with at least one lesson on sale.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<PublishCourseCommand>("input")));

        mutation.MutationField<ArchiveCourseInputGraphType>(
                "archiveCourse",
                Course,
                typeof(NotFoundErrorGraphType),
                typeof(CourseStatusTransitionErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Takes a course off sale for good; buyers keep access.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<ArchiveCourseCommand>("input")));
    }
}
