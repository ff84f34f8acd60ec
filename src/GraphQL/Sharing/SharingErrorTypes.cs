using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Sharing.SharingErrors;

namespace KnowledgePay.GraphQL.Sharing;

internal sealed class ShareNotFoundErrorGraphType() : CodedErrorGraphType(
    "ShareNotFoundError", NotFoundCode, "No share has this scene.");

internal sealed class ShareCourseNotPublishedErrorGraphType() : CodedErrorGraphType(
    "ShareCourseNotPublishedError", CourseNotPublishedCode, "The course is not published, so it cannot be shared.");
