/**
 * Cloud Officer's privacy policy as it was published (last updated 10/01/2020), word for word from the seed text
 * `000_5a542e86b311ab2a.txt`: the demo tenant's version 1, imported as an archived text (issue 17). It is true for
 * its time: it names the EU-US Privacy Shield, valid until July 2020, and no instrument that came later. Today's
 * reading of the same policy is the tenant's structured data (`cloud-officer.ts`), published as version 2.
 */
export const CLOUD_OFFICER_POLICY_2020 = `Privacy Policy

Last updated 10/01/2020

This Privacy Policy applies to anyone who visits our Website (as defined herein), prospective clients and suppliers, job applicants and other third parties. This policy does not apply to subscribers of our services or suppliers (please refer to the data protection provisions in our terms and conditions with you) or employees. We also recommend that you store this document in a safe place. This Privacy Policy, together with our Terms of Service (and any other documents referred to in it) (this Policy) sets out the basis on which any personal information we collect from you, or that you provide to us, will be processed by us. By using https://cloudofficer.co (our Website), you accept the practices described in this Policy.

We may amend this Policy at any time, and whenever we do so we will notify you by posting a revised version on our Website. Please review this Policy each time you visit our Website as it may have been updated since your last visit.

Any personal information provided to or gathered by our Website is controlled by Cloud Officer Limited, trading as Cloud Officer, of 1 Parkshot, Richmond, Surrey, TW9 2RD (We). We are the data controller for the purposes of the Data Protection Act 2018 and General Data Protection Regulation ((EU) 2016/679) (Data Protection Laws). If you have any questions regarding this Policy or believe we have breached Data Protection Laws, please contact us at hello@cloudofficer.co.

In what quality are you accessing our Website?
  1. A visitor to our Website?
  2. A prospective client or supplier?
  3. A job applicant?
  4. None of the above but you have made any other enquiry or complaint with us (including by completing a form on our Website, emailing us, writing to us or calling us)?
1. Visitors to our website

Personal information we collect. With regard to each of your visits to our Website, we will automatically collect:

  • technical information, including the Internet Protocol (IP) address used to facilitate your connection to the Internet, your login information, browser type and version, time zone setting, browser plug-in types and versions and hardware information; and
  • information about your visit, including the full Uniform Resource Locators (URL) clickstream to, through and from our Website (including date and time); services, products, articles you viewed or searched for; page response times, download errors, length of visits to certain pages, page interaction information (such as scrolling, clicks, and mouse-overs) and methods used to browse away from the page.

Cookies. Our Website uses cookies to distinguish you from other users of our Website. This helps us to provide you with a good experience when you browse our Website and also allows us to improve our Website. By continuing to browse our Website, you are agreeing to our use of cookies. A cookie is a small file of letters and numbers that we store on your browser or the hard drive of your computer if you agree. Cookies contain information that is transferred to your computer’s hard drive. You can read more about how we use cookies in our Cookie Policy. You can enable or disable cookies by modifying the settings in your browser. You can find out how to do this, and find more information on cookies, at www.allaboutcookies.org.

Using your personal information. We will use this information for the following legitimate interests (whether ours or a third party’s):

  • to maintain our Website and keep it safe and secure;
  • to protect the rights, property or safety of Cloud Officer, our clients, suppliers, contacts or others (we will also use your information where we are required by law to do so);
  • to improve our Website and ensure that content is presented in the most effective manner for you and for your device(s);
  • for internal operations (including troubleshooting, data analysis, testing, research, and statistical and survey purposes);
  • to measure or understand the effectiveness of our Website and/or any advertising we serve to you and others, and to deliver relevant advertising to you; and
  • to deal with any issues you have reported with our Website.

Sharing your personal information. We will share this information with:

  • our employees, contractors and agents (but their use shall be limited to the performance of their duties and in line with the reason for processing);
  • any member of our group, which means our subsidiaries, our ultimate holding company and its subsidiaries, as defined in section 1159 of the UK Companies Act 2006 (but their use shall be limited to the performance of their duties and in line with the reason for processing);
  • with analytics providers, Google Analytics, Hubspot and Salesforce, that assist us in the improvement and optimisation of our Website;
  • our website hosting suppliers, Amazon Web Services, to enable them to maintain and host our Website.

Retaining your personal information. This information is kept for no more than twelve (12) months and will then be deleted automatically. However:

  • if we are required by law to retain it for longer, we will retain it for the required period; and/or
  • where the information is being used in connection with legal proceedings (including prospective legal proceedings) it will be retained for the duration of those legal (and any enforcement) proceedings.

Transferring your personal information outside the EEA. Cloud Officer’s office of operations is based in the United Kingdom. We do not have a permanent office presence outside of the EEA. However, some of the third parties we use to improve your experience of the Website are based outside the EEA, specifically in the United States of America. In respect of these third parties, we may transfer your personal information outside the EEA but this will be on the basis of the EU-US Privacy Shield, the standard EU Model Clauses or a finding of adequacy (as applicable).

Your rights. Please see Your rights below.

2. Prospective clients and suppliers

Personal information we collect. If you contact us or we contact you (by phone, email, completing a form on our Website or otherwise), we will hold the following personal information:

  • your name and contact details, and any other details you give us when you make an enquiry (such as the details you complete if you use a form on our Website to contact us or details that appear on your business card which you provide to us);
  • information and documentation that you give us about your business activities including communications with you and people within your business;
  • information and documentation that we obtain about you and your business from publicly available information (e.g. your website, social media and Companies House) when we carry out research (this is to ensure that we understand you and your business); and
  • information you give us when you attend any of our events and/or webinars, whether hosted by us or a third party (including when you register to provide feedback) (which may also include use of sensitive personal information, such as dietary requirements).

We may also collect information:

  • on whether you open and/or click on URLs in our newsletters (if you want to stop us doing this, click through the preference centre link in any newsletter and select the option Unsubscribe); and
  • about you from social media platforms including when you interact with us on those platforms or access our social media content (the information we may receive is governed by the privacy settings, policies, and/or procedures of the applicable social media platform, and we encourage you to review them).

We don’t record calls.

Using your personal information. We will use this information to:

  • provide you with the information you have requested from us (i) so that we can both decide whether to enter into a contract with each other and (ii) to pursue our legitimate interests;
  • protect the rights, property, or safety of Cloud Officer, our clients, suppliers, contacts or others (where we are under a legal obligation to do so or where necessary to pursue our, or a third party’s, legitimate interests); and
  • pursue the following other legitimate interests (i) maintaining a list of prospective clients; (ii) maintaining records of potential suppliers or to recommend (or otherwise) you to others; (iii) improving our services and/or products; (iv) sending you newsletters, updates, marketing communications, and other information or materials (including about our services, products and/or events) that we think may interest you or which you have requested from us (v) notifying you about changes to our services, products, and/or events and/or (vi) for the organisation of, and to follow up, events and/or webinars that you have registered to attend.

Sharing your personal information. We will only share personal information with third parties in the following instances:

  • our employees, contractors and agents (but their use shall be limited to the performance of their duties and in line with the reason for processing);
  • any member of our group, which means our subsidiaries, our ultimate holding company and its subsidiaries, as defined in section 1159 of the UK Companies Act 2006 (but their use shall be limited to the performance of their duties and in line with the reason for processing);
  • when information about you is stored by our third-party CRM tools;
  • when information about you is shared with third parties who help us to arrange and/or host events and/or webinars that you have registered to attend;
  • if we sell or buy any business or assets, in which case we may disclose your personal information to the prospective seller or buyer of such business or assets;
  • in connection with any legal proceedings (including prospective legal proceedings);
  • where we are required by law to do so; and/or
  • with our telephony supplier (which would get to see phone numbers if we call you) and our broadband supplier (which could see email addresses, but not the content of what you send us, if you encrypt it).

Retaining your personal information. If we both decide:

  • to enter into a contract, this information will be kept for the duration of your relationship with us, then 7 years. Our contract with you will set out our views and practices regarding use of (as applicable) a client’s or supplier’s personal information, not this Policy; or
  • not to enter into a contract, this information will be kept for the duration of your enquiry and for up to twelve (12) months thereafter or, if we are required by law to retain for longer, we will retain it for the required period and/or where the information is being used in connection with legal proceedings (including prospective legal proceedings) it will be retained for the duration of those legal (and any enforcement) proceedings.

Transferring your personal information outside the EEA. Cloud Officer’s office of operations is based in the United Kingdom. We do not have a permanent office presence outside of the EEA. However, some of the third parties we use to improve your experience of the Website are based outside the EEA, specifically in the United States of America. In respect of these third parties, we may transfer your personal information outside the EEA but this will be on the basis of the EU-US Privacy Shield, the standard EU Model Clauses or a finding of adequacy (as applicable).

Your rights. Please see Your rights below. If you have visited our Website, please also see Visitors to our website above.

3. Job applicants

Personal information we collect. If you contact us or we contact you (by phone, email or otherwise), we will hold your name and contact details as well as details you provided during the application process (including any tests we ask you to complete, interviews you attend and pre-employment checks we are required by law to undertake). We may collect information about you from social media platforms including when you interact with us on those platforms or access our social media content. The information we may receive is governed by the privacy settings, policies, and/or procedures of the applicable social media platform, and we encourage you to review them. The information we ask you to provide during the application process is used to assess your suitability for employment. You don’t have to provide what we ask for, but it might affect your application if you don’t.

You will also be asked to provide equal opportunities information. This is not mandatory information – if you don’t provide it, it will not affect your application. This information will not be made available to any staff outside of our recruitment team, including hiring managers, in a way which can identify you. Any information you do provide, will be used only to produce and monitor equal opportunities statistics. We don’t record calls. If you visit our offices, personal information will be collected about you on CCTV cameras which operate on our premises. CCTV cameras are used for crime prevention and public safety.

Using your personal information. We will use this information:

  • to evaluate your job application (we will use this information where we are required by law to do so and in order to take steps prior to entering into an employment contract with you); and
  • to protect the rights, property, or safety of Cloud Officer, our clients, suppliers, contacts or others (we will use this information where we are required by law to do so and to pursue our, or a third party’s, legitimate interests).

Any equal opportunities information you provide will not be made available to any staff outside of our recruitment team, including hiring managers, in a way which can identify you. Any information you do provide, will be used only to produce and monitor equal opportunities statistics.

Sharing your personal information. We will only share personal information with third parties in the following instances:

  • our recruitment team (but their use shall be limited to the performance of their duties and in line with the reason for processing);
  • where we are working with a third-party recruitment provider to provide them with feedback on your job application;
  • with our third party talent management platform provider, where such use shall be restricted to the processing of applications and the internal tracking and assessment of candidates;
  • if we sell or buy any business or assets, in which case we may disclose your personal information to the prospective seller or buyer of such business or assets;
  • in connection with any legal proceedings (including prospective legal proceedings);
  • where we are required by law to do so; and/or
  • with our telephony supplier (which would get to see phone numbers if we call you) and our broadband supplier (which could see email addresses, but not the content of what you send us, if you encrypt it).

Retaining your personal information. If you are successful for the position you have applied for, details of our practices and procedures will be set out in your employment documentation. If you are unsuccessful for the position you have applied for, we may ask if you would like your details to be retained in our talent pool for up to twelve (12) months. If you say yes, we would proactively contact you should any further suitable vacancies arise.

Your rights. Please see Your rights below. If you have visited our Website, please also see Visitors to our website above.

4. Other third parties

Personal information we collect:. If you contact us or we contact you (by phone, email or otherwise) for any other reason (e.g. you are not a prospective client or supplier, or a job applicant), we will hold your name, contact details and any other details you give us (such as the details you complete if you use a form on our Website to contact us). We may also collect:

  • information and documentation that we obtain about you and your business from publicly available information (e.g. your website, social media and Companies House) when we carry out research (this is to ensure that we understand you and your business);
  • information you give us when you attend any of our events and/or webinars (including when you register to provide feedback) (which may also include sensitive personal information, such as your dietary requirements);
  • information about you from social media platforms including when you interact with us on those platforms or access our social media content (the information we may receive is governed by the privacy settings, policies, and/or procedures of the applicable social media platform, and we encourage you to review them); and
  • information about you on CCTV cameras if you visit our offices (CCTV cameras are used for crime prevention and public safety).

We don’t record calls.

Using your personal information. We will use this information for the following legitimate interests (whether ours or a third party’s):

  • to provide you with the information you have requested from us or to follow up on your enquiry;
  • for the organisation of, and to follow up, events and/or webinars that you have registered to attend; and/or
  • to protect the rights, property, or safety of Cloud Officer, our clients, suppliers, contacts or others (we will also use this information where we are required by law to do so).

Sharing your personal information. We will only share personal information with third parties in the following instances:

  • our employees, contractors and agents (but their use shall be limited to the performance of their duties and in line with the reason for processing)
  • any member of our group, which means our subsidiaries, our ultimate holding company and its subsidiaries, as defined in section 1159 of the UK Companies Act 2006 (but their use shall be limited to the performance of their duties and in line with the reason for processing)
  • when information about you is stored by our third-party CRM tools;
  • when information about you is shared with third parties who help us to arrange and/or host events and/or webinars that you have registered to attend
  • if we sell or buy any business or assets, in which case we may disclose your personal information to the prospective seller or buyer of such business or assets
  • in connection with any legal proceedings (including prospective legal proceedings)
  • where we are required by law to do so and/or
  • with our telephony supplier (which would get to see phone numbers if we call you) and our broadband supplier (which could see email addresses, but not the content of what you send us, if you encrypt it).

Retaining your personal information. This information will be kept for the duration of your enquiry and up to twelve (12) months thereafter. However:

  • if we are required by law to retain it for longer, we will retain it for the required period and/or
  • where the information is being used in connection with legal proceedings (including prospective legal proceedings) it will be retained for the duration of those legal (and any enforcement) proceedings.

Transferring your personal information outside the EEA. Cloud Officer’s office of operations is based in the United Kingdom. We do not have a permanent office presence outside of the EEA. However, some of the third parties we use to improve your experience of the Website are based outside the EEA, specifically in the United States of America. In respect of these third parties, we may transfer your personal information outside the EEA but this will be on the basis of the EU-US Privacy Shield, the standard EU Model Clauses or a finding of adequacy (as applicable).

Your rights. Please see Your rights below. If you have visited our Website, please also see Visitors to our website above.

Your rights

In relation to personal information we hold about you, you have the right to:

  • get access to your personal information that we hold and receive information about our processing of it;
  • ask us to correct the record of your personal information maintained by us if it is inaccurate or to complete incomplete personal information;
  • ask us, in certain instances, to erase your personal information or cease processing;
  • object to us processing your personal information for direct marketing purposes;
  • challenge us processing your personal information which has been justified on the basis of our legitimate interests;
  • ask us, in certain instances, to restrict processing personal information to merely storing;
  • not to be subject to automated decision making (including profiling) in certain circumstances;
  • request a copy of an agreement under which your personal information is transferred outside of the EEA;
  • prevent processing that is likely to cause damage or distress to you and seek compensation from us for any damages caused to you by us breaching Data Protection Laws;
  • be notified of a personal data breach which is likely to result in high risk to your rights and freedoms; and
  • complain to the ICO if you believe we have breached Data Protection Laws (please contact the ICO via ico.gov.uk).

Your right to data portability does not apply unless you are a subscriber to our services. If you would like to exercise any of these rights, please contact us (we may ask you to verify your identity - please cooperate with us in our efforts to verify your identity). Please note that we may need certain personal information to enable us to provide the services and/or information you ask for, so changes you make to your preferences, or restrictions you ask us to make on how we use personal information, may affect what information we can provide.

How we protect your personal information

To help protect the privacy of personal information you transmit, we maintain physical, technical and administrative safeguards and require the same of any third parties we share your personal information with. We update and test our security technology on an ongoing basis. In addition, we train our staff about the importance of confidentiality and maintaining the privacy and security of your personal information. However, as you will be aware, the transmission of information via the internet isn’t always secure. Although we will do our best to protect your personal information, we can’t guarantee the security of your personal information transmitted to our Website; any transmission is at your own risk. Once we have received your personal information, we will use reasonable procedures and security features to try to prevent unauthorised access.

Direct marketing

You have the right to ask us not to process your personal information for marketing purposes. You can exercise this right simply at any time by carrying out "unsubscribe" actions which are made available to you (such as clicking on the "unsubscribe" link in each promotional email we send you). We will honour your choice and refrain from sending you such communications. Please note that if you ask us not to contact you by email at a certain email address, we will retain a copy of that email address on a "suppression list" in order to comply with your no-contact request. You are free to change your marketing choices at any time.

Links to third party websites

Our Website may, from time to time, contain links to and from third party websites. If you follow a link to any of these websites, please note that these websites have their own privacy policies and that we don’t accept any responsibility or liability for these policies. Please check these policies before you submit any personal information to these websites. Our Website uses interfaces with social media websites such as Facebook, LinkedIn, Twitter and others. If you choose to "like" or share information from our Website through these services, you should review the privacy policy of that service. If you are a member of a social media Website, the interfaces may allow the social media Website to connect your Website visit to your personal information.


© Cloud Officer Limited. All rights reserved.
`;
