using KnowledgePay.Domain.Catalog;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Catalog;

internal sealed class CourseNotEditableErrorGraphType() : CodedErrorGraphType(
    "CourseNotEditableError", CourseErrors.NotEditableCode, "The course is archived and can no longer be changed.");

internal sealed class CourseHasNoLessonsErrorGraphType() : CodedErrorGraphType(
    "CourseHasNoLessonsError", CourseErrors.HasNoLessonsCode, "A course needs at least one lesson before it can be published.");

internal sealed class CourseStatusTransitionErrorGraphType() : CodedErrorGraphType(
    "CourseStatusTransitionError", CourseErrors.InvalidTransitionCode, "The course's status does not allow this step (e.g. publishing twice).");

internal sealed class ChapterNotInCourseErrorGraphType() : CodedErrorGraphType(
    "ChapterNotInCourseError", CourseErrors.ChapterNotFoundCode, "The chapter belongs to another course.");

internal sealed class InvalidPositionErrorGraphType() : CodedErrorGraphType(
    "InvalidPositionError", CourseErrors.InvalidPositionCode, "The position is past the end of the list.");

internal sealed class CreatorAlreadyExistsErrorGraphType() : CodedErrorGraphType(
    "CreatorAlreadyExistsError", CreatorErrors.AlreadyExistsCode, "The user already has a creator profile.");
