using KnowledgePay.Domain.Risk;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Risk;

internal sealed class StreamLimitReachedErrorGraphType() : CodedErrorGraphType(
    "StreamLimitReachedError", AccessRiskErrors.StreamLimitReachedCode,
    "The account already streams on as many devices as it may at once; stop playback on one of them and try again.");

internal sealed class LoginStepUpRequiredErrorGraphType() : CodedErrorGraphType(
    "LoginStepUpRequiredError", AccessRiskErrors.LoginStepUpRequiredCode,
    "The account is under review for unusual access: log in again with a fresh wx.login code and the phone button's code (phoneCode).");

internal sealed class LoginStepUpFailedErrorGraphType() : CodedErrorGraphType(
    "LoginStepUpFailedError", AccessRiskErrors.LoginStepUpFailedCode,
    "The phone number WeChat confirmed is not the one bound to the account.");
