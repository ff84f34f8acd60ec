using KnowledgePay.Domain.Learning;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Learning;

internal sealed class LessonLockedErrorGraphType() : CodedErrorGraphType(
    "LessonLockedError", LearningErrors.LessonLockedCode, "The lesson is paid content the caller has no access to.");

internal sealed class AlreadyEnrolledErrorGraphType() : CodedErrorGraphType(
    "AlreadyEnrolledError", LearningErrors.AlreadyEnrolledCode, "The user already has active access to the course.");

internal sealed class NotEnrolledErrorGraphType() : CodedErrorGraphType(
    "NotEnrolledError", LearningErrors.NotEnrolledCode, "The user has no active access to the course.");
