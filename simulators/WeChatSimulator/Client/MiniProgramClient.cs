using KnowledgePay.WeChatSimulator.State;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Client;

/// <summary>Plays what the mini program does on the phone: <c>wx.login</c> and the getPhoneNumber button.</summary>
internal sealed class MiniProgramClient(
    UserDirectory users, LoginCodes loginCodes, PhoneCodes phoneCodes, IOptions<WeChatSimulatorOptions> options)
{
    /// <summary>A new login code; like the real <c>wx.login</c> it may replace the user's session_key.</summary>
    public string Login(string openId)
    {
        if (options.Value.RotateSessionKeyOnLogin)
        {
            users.RotateSessionKey(openId);
        }
        return loginCodes.Issue(openId);
    }

    public string TapPhoneNumberButton(string openId) => phoneCodes.Issue(openId);
}
