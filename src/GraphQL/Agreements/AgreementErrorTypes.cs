using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Agreements.AgreementErrors;

namespace KnowledgePay.GraphQL.Agreements;

internal sealed class AgreementVersionNotFoundErrorGraphType() : CodedErrorGraphType(
    "AgreementVersionNotFoundError", VersionNotFoundCode, "There is no agreement version with this id.");

internal sealed class AgreementVersionSupersededErrorGraphType() : CodedErrorGraphType(
    "AgreementVersionSupersededError", VersionSupersededCode, "A newer version is in effect; accept that one.");

internal sealed class AgreementVersionNotYetEffectiveErrorGraphType() : CodedErrorGraphType(
    "AgreementVersionNotYetEffectiveError", VersionNotYetEffectiveCode, "The version does not apply yet.");

internal sealed class AgreementVersionLabelTakenErrorGraphType() : CodedErrorGraphType(
    "AgreementVersionLabelTakenError", DuplicateVersionLabelCode, "The agreement already has a version with this label.");

internal sealed class AgreementVersionInvalidErrorGraphType() : CodedErrorGraphType(
    "AgreementVersionInvalidError", InvalidVersionCode, "The version's fields are invalid, or it would take effect before it is published.");
